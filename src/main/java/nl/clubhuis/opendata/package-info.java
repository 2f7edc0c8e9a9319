/**
 * Open data: the page /open-data that explains the datasets, their licence (CC BY 4.0)
 * and their fields, and the streamed downloads /open-data/{dataset}.csv and .json.
 * <p>
 * This package is the module's API: the SPI {@link nl.clubhuis.opendata.OpenDataset} that
 * each module owning data implements (its own SQL over its own tables, public rows only),
 * with {@link nl.clubhuis.opendata.OpenDataField} and
 * {@link nl.clubhuis.opendata.OpenDataRows}. {@code domain} streams the rows into CSV or
 * JSON, {@code web} holds the page and the downloads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.clubhuis.opendata;
