package nl.clubhuis.route;

import java.time.LocalDate;

import nl.clubhuis.doetank.Phase;

/**
 * A coach moves a Doetank one phase without a gatekeepers-overleg: from the phase the
 * form was opened in (so a second submit does nothing twice), to the phase before or
 * after it, with the reason and optionally the day it happened.
 */
public record PhaseChange(Phase from, Phase to, String reason, LocalDate on) {
}
