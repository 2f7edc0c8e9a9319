/**
 * Search at /zoeken: one ranked Dutch full-text query over everything public (Doetanks
 * and their lessons, posts, questions and answers, the agenda, werkvormen, documents,
 * partners, profiles). A read model: it reads the other modules' tables with SQL (the
 * generated {@code search_vector} columns and {@code dutch_query} of V58) and shows only
 * what the viewer may see. {@link nl.clubhuis.search.Search} is the API; {@code web} is
 * internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "doetank", "member" })
package nl.clubhuis.search;
