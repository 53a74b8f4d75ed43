-- BoardDesk schema, version 11: protocol remarks (protokolltilførsel). A member may ask to have a
-- statement entered in the minutes of a case; it is kept with the case's decision, as written,
-- over several lines if need be.

ALTER TABLE decisions ADD COLUMN protocol_remark TEXT;
