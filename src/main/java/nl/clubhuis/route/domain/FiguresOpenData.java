package nl.clubhuis.route.domain;

import java.util.List;
import java.util.function.BiConsumer;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.opendata.OpenDataField;
import nl.clubhuis.opendata.OpenDataRows;
import nl.clubhuis.opendata.OpenDataset;
import nl.clubhuis.route.domain.NetworkFigures.Figures;
import nl.clubhuis.route.domain.NetworkFigures.PhaseDuration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static nl.clubhuis.opendata.OpenDataField.integer;
import static nl.clubhuis.opendata.OpenDataField.text;

/**
 * Open data: the numbers behind each chart on /cijfers, one dataset per chart, computed
 * by {@link NetworkFigures} (its four aggregate queries) when downloaded.
 */
@Configuration(proxyBeanMethods = false)
class FiguresOpenData {

	@Bean
	OpenDataset figuresPerPhase(NetworkFigures figures) {
		return new FigureDataset("cijfers-per-fase", 50, figures,
				List.of(text("phase"), text("status"), integer("doetanks")), (numbers, rows) -> {
					for (Phase phase : Phase.values()) {
						for (DoetankStatus status : DoetankStatus.values()) {
							if (status.isPublic()) {
								rows.row(phase.name(), status.name(), numbers.count(phase, status));
							}
						}
					}
				});
	}

	@Bean
	OpenDataset figuresReached(NetworkFigures figures) {
		return new FigureDataset("cijfers-bereikt", 51, figures, List.of(text("phase"), integer("doetanks")),
				(numbers, rows) -> {
					for (Phase phase : Phase.values()) {
						rows.row(phase.name(), numbers.reachedIn(phase));
					}
				});
	}

	@Bean
	OpenDataset figuresDuration(NetworkFigures figures) {
		return new FigureDataset("cijfers-doorlooptijd", 52, figures,
				List.of(text("phase"), integer("median_days"), integer("stays")), (numbers, rows) -> {
					for (Phase phase : Phase.values()) {
						PhaseDuration duration = numbers.durationIn(phase);
						rows.row(phase.name(), (duration != null) ? duration.medianDays() : null,
								(duration != null) ? duration.stays() : 0L);
					}
				});
	}

	@Bean
	OpenDataset figuresStopped(NetworkFigures figures) {
		return new FigureDataset("cijfers-gestopt", 53, figures, List.of(text("phase"), integer("doetanks")),
				(numbers, rows) -> {
					for (Phase phase : Phase.values()) {
						rows.row(phase.name(), numbers.stoppedIn(phase));
					}
				});
	}

	/** A chart's numbers: a few rows per phase, written from the computed figures. */
	private record FigureDataset(String name, int position, NetworkFigures figures, List<OpenDataField> fields,
			BiConsumer<Figures, OpenDataRows> rows) implements OpenDataset {

		@Override
		public void write(OpenDataRows out) {
			this.rows.accept(this.figures.compute(), out);
		}

	}

}
