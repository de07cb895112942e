-- Views, callbacks and the saga were fed in the transaction of each command until now; they are now fed by streaming
-- processors that keep a token. On a database that already holds events, every existing processor starts where its
-- effects already are: at the head of the event store. (A processor added later has no token and starts at the first
-- event, so a new projection is built from the whole history.)
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
select processor.name, 0,
       convert_to('{"index":' || head.index || ',"gaps":[]}', 'UTF8'),
       'org.axonframework.eventhandling.GapAwareTrackingToken',
       to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       null
from (select max(global_index) as index from domain_event_entry) head,
     (values ('merchant-view'), ('location-view'), ('enrollment-view'), ('device-view'), ('session-view'),
             ('callback-outbox'), ('SessionLifecycleSagaProcessor')) as processor(name)
where head.index is not null;
