-- "Wat er beweegt" on the home page reads the latest steps of all Doetanks: newest first,
-- without sorting every transition.
CREATE INDEX phase_transition_recent_idx ON phase_transition (happened_at DESC, id DESC);
