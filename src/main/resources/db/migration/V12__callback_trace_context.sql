-- The W3C trace context (traceparent) of the request behind a callback's event, sent on with the callback.
alter table callback_delivery add column traceparent varchar(55);
