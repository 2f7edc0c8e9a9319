package nl.clubhuis.route;

import java.time.LocalDate;

import nl.clubhuis.doetank.Phase;

/**
 * One stay of a Doetank in a phase, from the day it entered to the day it left
 * ({@code until} is null while it is still there).
 */
public record StayInPhase(Phase phase, LocalDate from, LocalDate until) {

}
