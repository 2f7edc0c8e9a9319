package nl.clubhuis.publishing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A public Doetank, as the doetank module publishes it in its SQL view
 * {@code public_doetank} (migration V23): only its id. Lists of posts filter on it inside
 * their own paged query; publishing never reads the doetank table itself.
 */
@Entity
@Immutable
@Table(name = "public_doetank")
class PublicDoetank {

	@Id
	private Long id;

	protected PublicDoetank() {
	}

}
