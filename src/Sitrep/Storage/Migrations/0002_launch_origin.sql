-- Where an attack was launched from, as the event record's "origin" object (JSON), null where the text does not say.
ALTER TABLE events ADD COLUMN origin TEXT;
