/**
 * One checker for every file members upload:
 * {@link nl.clubhuis.shared.uploads.DocumentCheck} for PDF, Office and OpenDocument
 * files, {@link nl.clubhuis.shared.uploads.PictureCheck} for pictures, and
 * {@link nl.clubhuis.shared.uploads.Downloads} to serve a file as a safe attachment.
 * Files are read by real parsers (Apache PDFBox, java.util.zip with limits, StAX without
 * DTDs); a refusal is a {@link nl.clubhuis.shared.RuleViolationException} with the
 * message key {@code upload.refused.<reason>}.
 */
package nl.clubhuis.shared.uploads;
