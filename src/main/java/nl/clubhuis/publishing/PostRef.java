package nl.clubhuis.publishing;

/** A post as another module links to it: its id, title and address. */
public record PostRef(Long id, String title, String path) {

}
