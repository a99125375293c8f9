package dev.newsclean.clean;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A page's site: the registrable domain of its URL ({@code bbc.co.uk} for {@code
 * https://www.bbc.co.uk/news/...}).
 */
public final class Sites {

  private Sites() {}

  /**
   * The registrable domain of a URL's host, or empty for no URL, an IP address or an unknown
   * suffix.
   */
  public static Optional<String> ofUrl(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      return host == null ? Optional.empty() : ofHost(host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The registrable domain of a host name ({@code news.example.co.uk} to {@code example.co.uk}).
   */
  public static Optional<String> ofHost(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (!InternetDomainName.isValid(h)) {
      return Optional.empty();
    }
    InternetDomainName name = InternetDomainName.from(h);
    if (name.isTopPrivateDomain() || name.isUnderPublicSuffix()) {
      return Optional.of(name.topPrivateDomain().toString());
    }
    return Optional.empty();
  }

  /** The label that names the site in its domain: {@code bbc} for {@code bbc.co.uk}. */
  public static String label(String registrableDomain) {
    int dot = registrableDomain.indexOf('.');
    return dot < 0 ? registrableDomain : registrableDomain.substring(0, dot);
  }
}
