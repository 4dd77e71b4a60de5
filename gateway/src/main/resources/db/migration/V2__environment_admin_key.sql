-- The admin key named by JIXIAO_ADMIN_KEY is marked, so that a changed JIXIAO_ADMIN_KEY revokes the one before it
-- (AdminKey). Keys registered before this column existed are recognised by the label the gateway gave them.
ALTER TABLE api_key ADD COLUMN from_environment BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE api_key SET from_environment = TRUE WHERE role = 'admin' AND label = 'admin key from JIXIAO_ADMIN_KEY';
