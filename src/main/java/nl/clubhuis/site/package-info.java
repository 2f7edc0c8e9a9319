/**
 * Pages of the whole site: the home page and the route for newcomers.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "agenda", "doetank", "member", "publishing", "route", "shared" })
package nl.clubhuis.site;
