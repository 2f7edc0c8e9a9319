package nl.clubhuis.doetank;

/** What a team asks the network for. */
public enum LookingFor {

	LEDEN, EXPERTISE, OPDRACHTGEVER, EINDGEBRUIKERS, TESTLOCATIE, SUPPORTER

}
