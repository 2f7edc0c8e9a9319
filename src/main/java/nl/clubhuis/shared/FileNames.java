package nl.clubhuis.shared;

/** What the portal accepts as the name of an uploaded file. */
public final class FileNames {

	private FileNames() {
	}

	/**
	 * No path parts, no control characters, not absurdly long. An empty name is fine: the
	 * portal never uses it to store or serve the file.
	 */
	public static boolean isSafe(String name) {
		if (name == null || name.isBlank()) {
			return true;
		}
		return name.length() <= 200 && !name.contains("/") && !name.contains("\\") && !name.contains("..")
				&& name.chars().noneMatch((c) -> c < 0x20 || c == 0x7f);
	}

}
