/**
 * Search at /zoeken: one ranked Dutch full-text query over the public Doetanks, published
 * posts, visible questions and answers and the agenda. A read model: it reads the other
 * modules' tables with SQL (the generated {@code search_vector} columns of V58) and shows
 * only what every visitor may see. {@link nl.clubhuis.search.Search} is the API;
 * {@code web} is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.clubhuis.search;
