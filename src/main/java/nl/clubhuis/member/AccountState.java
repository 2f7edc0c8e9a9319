package nl.clubhuis.member;

/**
 * Which accounts the beheer list shows: every account still in use (the default), those
 * whose address is not confirmed yet, the blocked ones, or the erased ones.
 */
public enum AccountState {

	IN_GEBRUIK, ONBEVESTIGD, GEBLOKKEERD, VERWIJDERD

}
