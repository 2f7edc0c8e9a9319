-- A call-off's notification is now one per calling off (event-off:<event>:<moment>), so that
-- an event going ahead after all takes back exactly those of that event: older ones get the
-- same shape.
UPDATE notification SET source_key = source_key || ':0'
 WHERE kind = 'EVENT_CALLED_OFF' AND source_key ~ '^event-off:[0-9]+$';
