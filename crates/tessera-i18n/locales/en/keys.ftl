# keys
## API keys (issue #7): the customer portal's and the back office's pages

keys-title = API keys
keys-admin-title = API keys
keys-intro = Keys let the systems of { $organisation } use the portal's API: ask for stock, place and follow orders. Each key carries the roles you give it, nothing more. Revoke a key as soon as a system no longer needs it or it may have leaked.
keys-admin-intro = Keys let systems use the portal's API: a customer organisation's systems with contact roles, the company's own main system (loading stock, updating orders) with staff roles. No key can manage people or keys.
keys-docs-link = How to use the API
keys-list-title = Keys
keys-none = No keys yet.
keys-name = Name
keys-owner = Belongs to
keys-owner-host = The company's own systems
keys-hint = Key
keys-roles = Roles
keys-created = Made
keys-created-by = by { $name }
keys-last-used = Last used
keys-never-used = Never
keys-state = State
keys-state-active = Active
keys-state-revoked = Revoked { $at }
keys-actions = Actions
keys-revoke = Revoke…
keys-by-staff = staff
keys-by-staff-named = { $name } (staff)
keys-by-former-contact = a former contact
keys-by-system = the system (command line)

keys-new-title = Make a new key
keys-new-customer-title = Key for a customer organisation
keys-new-host-title = Key for the company's own systems
keys-new-host-hint = For the main system: a warehouse role loads stock, a sales role updates orders.
keys-customer = Organisation
keys-name-hint = So you can tell the keys apart later, such as the system that will hold it: "ERP production".
keys-roles-hint = Give the key only the roles its system needs.
keys-create = Make key
keys-create-customer = Make key for the organisation
keys-create-host = Make key for our systems
keys-form-has-errors = Some fields need your attention. No key was made.
keys-name-required = Give the key a name.
keys-name-too-long = A key's name is at most 80 characters, without line breaks.
keys-roles-required = Choose at least one role.
keys-role-unknown = Choose the roles from the list: a key cannot have this role.
keys-customer-required = Choose a customer organisation.

keys-made-title = Your new API key
keys-made-once = The key is shown only now, on this page.
keys-made-once-why = Copy it now and keep it where your system keeps secrets. We keep only a fingerprint of it, so nobody can show it again: if it is lost, revoke it and make a new one.
keys-made-label = The new key
keys-made-copy-hint = Select the whole field and copy it. Do not send it by email or chat.
keys-made-copy = Copy the key
keys-made-copied = The key is copied.
keys-made-use-title = Using the key
keys-made-use = The system sends the key with every request, in the Authorization header:
keys-made-done = I have copied the key

keys-revoke-title = Revoke the key "{ $name }"?
keys-revoke-warning = Systems that use this key are refused from their next request on. This cannot be undone: to use the API again, they need a new key.
keys-revoke-confirm = Revoke the key
keys-revoke-already = This key is already revoked.
keys-revoked-notice = The key "{ $name }" is revoked: requests with it are refused.
keys-back = Back to the keys

keys-staff-role-purchasing = Purchasing
keys-staff-role-purchasing-about = Purchasing's rights. The API has no purchasing operations yet.
keys-staff-role-warehouse = Warehouse
keys-staff-role-warehouse-about = Loads stock levels and moves customers' orders on: status, delivery notes, tracking.
keys-staff-role-service = Service
keys-staff-role-service-about = Service's rights. The API has no service operations yet.
keys-staff-role-sales = Sales
keys-staff-role-sales-about = Loads stock levels and moves customers' orders on: status, delivery notes, tracking.
# keys: navigation and the portal's home (pages branch)
keys-nav-label = API keys
keys-home-about = Make and revoke your organisation’s API keys, for your own systems.
