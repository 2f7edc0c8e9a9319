/**
 * Kennissen en partners: the organisations and people around the network, by the part
 * they play, kept by the redactie.
 */
package nl.clubhuis.partners;
