package nl.clubhuis.route.domain;

import java.time.LocalDate;

import nl.clubhuis.member.MemberRef;

/**
 * An adopter as the Doetank page lists it. The contact is a member ({@code contact},
 * linked to their profile as they allow) or a name ({@code contactName}); both are null
 * after that member left the network. {@code changeable}: the viewer recorded it.
 */
public record AdopterView(Long id, String organisation, String takenUp, LocalDate since, String contactName,
		MemberRef contact, boolean changeable) {

}
