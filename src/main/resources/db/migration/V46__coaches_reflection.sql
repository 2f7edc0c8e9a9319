-- The gatekeepers-overleg is an intervision among coaches: beside the reflection the team and
-- the network read, the coaches keep one among themselves (only the network's coaches and
-- beheerders see it).
ALTER TABLE gate_review ADD COLUMN coaches_reflection TEXT;
