package se.asf.espd;

import java.util.Objects;
import java.util.Optional;

/**
 * The economic operator's postal address as an ESPD response gives it
 * ({@code cac:PostalAddress}): street, postal zone, city and country, each when present.
 */
public final class PostalAddress {
  private final String street;
  private final String postalZone;
  private final String city;
  private final String country;

  private PostalAddress(String street, String postalZone, String city, String country) {
    this.street = street;
    this.postalZone = postalZone;
    this.city = city;
    this.country = country;
  }

  /**
   * Creates an address; a null or blank part is absent.
   *
   * @param street {@code cbc:StreetName}
   * @param postalZone {@code cbc:PostalZone}
   * @param city {@code cbc:CityName}
   * @param country {@code cac:Country/cbc:IdentificationCode}, ISO 3166-1 alpha-2
   * @return the address
   */
  public static PostalAddress of(String street, String postalZone, String city, String country) {
    return new PostalAddress(blankToNull(street), blankToNull(postalZone), blankToNull(city), blankToNull(country));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * Returns the street.
   *
   * @return the street, or empty
   */
  public Optional<String> getStreet() {
    return Optional.ofNullable(street);
  }

  /**
   * Returns the postal zone.
   *
   * @return the postal code, or empty
   */
  public Optional<String> getPostalZone() {
    return Optional.ofNullable(postalZone);
  }

  /**
   * Returns the city.
   *
   * @return the city, or empty
   */
  public Optional<String> getCity() {
    return Optional.ofNullable(city);
  }

  /**
   * Returns the country code.
   *
   * @return the ISO 3166-1 alpha-2 code as written, or empty
   */
  public Optional<String> getCountry() {
    return Optional.ofNullable(country);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PostalAddress a && Objects.equals(a.street, street)
        && Objects.equals(a.postalZone, postalZone) && Objects.equals(a.city, city) && Objects.equals(a.country, country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, postalZone, city, country);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {street, postalZone == null ? null : postalZone + (city == null ? "" : " " + city),
        postalZone == null ? city : null, country}) {
      if (part != null) {
        text.append(text.length() == 0 ? "" : ", ").append(part);
      }
    }
    return text.toString();
  }
}
