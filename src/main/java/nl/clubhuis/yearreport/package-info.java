/**
 * The yearly report at /cijfers/{jaar}: what the network did in a calendar year beside
 * the year before, compiled from the route's figures, the agenda's meetings and the
 * toolkit's usage records through their APIs, and printable.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "agenda", "doetank", "route", "shared", "toolkit" })
package nl.clubhuis.yearreport;
