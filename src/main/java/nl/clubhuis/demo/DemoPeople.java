package nl.clubhuis.demo;

import java.util.List;

import nl.clubhuis.member.GlobalRole;

/**
 * Invented people for the demo; nobody here is real. All share the password
 * {@value #PASSWORD}.
 */
final class DemoPeople {

	static final String PASSWORD = "clubhuis-demo";

	static final Person LID = new Person("Lisa Lid", "lid@example.org", "Gemeente Voorbeeldstad", GlobalRole.LID);

	static final Person TREKKER = new Person("Thomas Trekker", "trekker@example.org", "Kadaster", GlobalRole.LID);

	static final Person COACH = new Person("Carla Coach", "coach@example.org", "Kafkabrigade", GlobalRole.COACH);

	static final Person REDACTEUR = new Person("Ruben Redacteur", "redacteur@example.org", "Kennisland",
			GlobalRole.REDACTEUR);

	static final Person BEHEERDER = new Person("Bea Beheerder", "beheerder@example.org", "Kennisland",
			GlobalRole.BEHEERDER);

	static final List<Person> ROLE_ACCOUNTS = List.of(LID, TREKKER, COACH, REDACTEUR, BEHEERDER);

	static final List<Person> COACHES = List.of(COACH,
			new Person("Wouter Dekker", "wouter.dekker@example.org", "TNO", GlobalRole.COACH),
			new Person("Marieke Vos", "marieke.vos@example.org", "Kafkabrigade", GlobalRole.COACH));

	/** Not in any team: the person whose join request waits for the demo trekker. */
	static final Person NEWCOMER = new Person("Ivo Meijer", "ivo.meijer@example.org", "Rijkswaterstaat",
			GlobalRole.LID);

	static final List<Person> MEMBERS = List.of(
			new Person("Anouk Jansen", "anouk.jansen@example.org", "Gemeente Utrecht", GlobalRole.LID),
			new Person("Bram de Vries", "bram.devries@example.org", "Belastingdienst", GlobalRole.LID),
			new Person("Chantal Bakker", "chantal.bakker@example.org", "Gemeente Rotterdam", GlobalRole.LID),
			new Person("Daan Visser", "daan.visser@example.org", "Ministerie van BZK", GlobalRole.LID),
			new Person("Esra Yilmaz", "esra.yilmaz@example.org", "Gemeente Amsterdam", GlobalRole.LID),
			new Person("Floor Mulder", "floor.mulder@example.org", "UWV", GlobalRole.LID),
			new Person("Gijs de Boer", "gijs.deboer@example.org", "Provincie Gelderland", GlobalRole.LID),
			new Person("Hanna Smit", "hanna.smit@example.org", "Gemeente Zwolle", GlobalRole.LID),
			new Person("Iris Wouters", "iris.wouters@example.org", "Gemeente Groningen", GlobalRole.LID),
			new Person("Jasmijn Bos", "jasmijn.bos@example.org", "Gemeente Den Haag", GlobalRole.LID),
			new Person("Koen van Dijk", "koen.vandijk@example.org", "VNG", GlobalRole.LID),
			new Person("Lina El Amrani", "lina.elamrani@example.org", "Gemeente Almere", GlobalRole.LID),
			new Person("Maarten Kok", "maarten.kok@example.org", "Waterschap Rivierenland", GlobalRole.LID),
			new Person("Noor Hendriks", "noor.hendriks@example.org", "Gemeente Tilburg", GlobalRole.LID),
			new Person("Olaf Peters", "olaf.peters@example.org", "Sociale Verzekeringsbank", GlobalRole.LID),
			new Person("Priya Ramdin", "priya.ramdin@example.org", "Gemeente Eindhoven", GlobalRole.LID));

	/** The Kadaster's opdrachtgever of Kennisbehoud (the source names no one). */
	static final Person KADASTER = new Person("Jeroen Brink", "jeroen.brink@example.org", "Kadaster", GlobalRole.LID);

	/**
	 * The five young civil servants of Jonge ambtenaren Amsterdam (the first leads it)
	 * and their coach, trained on the job: all of the gemeente Amsterdam.
	 */
	static final List<Person> AMSTERDAM = List.of(
			new Person("Mila de Graaf", "mila.degraaf@example.org", "Gemeente Amsterdam", GlobalRole.LID),
			new Person("Jesse Willems", "jesse.willems@example.org", "Gemeente Amsterdam", GlobalRole.LID),
			new Person("Fatima Ouali", "fatima.ouali@example.org", "Gemeente Amsterdam", GlobalRole.LID),
			new Person("Tim Hoekstra", "tim.hoekstra@example.org", "Gemeente Amsterdam", GlobalRole.LID),
			new Person("Esra Yilmaz", "esra.yilmaz@example.org", "Gemeente Amsterdam", GlobalRole.LID));

	static final Person AMSTERDAM_COACH = new Person("Nadia Verhoef", "nadia.verhoef@example.org", "Gemeente Amsterdam",
			GlobalRole.COACH);

	private DemoPeople() {
	}

	record Person(String name, String email, String organisation, GlobalRole role) {
	}

}
