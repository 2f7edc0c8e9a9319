/**
 * The toolkit: werkvormen (working methods) with the phases they fit and the questions
 * they help with, printable templates and files to download, the inspiratiewijzer that
 * suggests them, and which Doetanks used which werkvorm.
 */
package nl.clubhuis.toolkit;
