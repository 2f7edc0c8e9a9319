package nl.clubhuis.route;

import java.time.LocalDate;

/**
 * An adopter as a member reports it: the organisation, what it took up, since when, and
 * its contact: a name, or the member who reports it ({@code contactIsMe}: the page then
 * links their profile).
 */
public record AdopterEntry(String organisation, String takenUp, LocalDate since, String contactName,
		boolean contactIsMe) {

}
