package nl.clubhuis.publishing;

/**
 * A concept is seen only by who may edit it; a published post from its publication moment
 * on (a moment in the future means it is ingepland).
 */
public enum PostStatus {

	CONCEPT, GEPUBLICEERD

}
