## Emails

mail-footer = This message was sent by Tessera. Please do not reply to it.
mail-test-subject = Tessera test message
mail-test-body = This is a test message from Tessera. If you can read it, email works.
mail-test-link = Open Tessera

## The local mailbox (/admin/mailbox)

nav-mailbox = Mailbox
mailbox-title = Mailbox
mailbox-intro = Every email Tessera has written, newest first. Without an SMTP server configured, this is where they are delivered.
mailbox-at = Written
mailbox-to = To
mailbox-subject = Subject
mailbox-status = Status
mailbox-attempts = Attempts
mailbox-status-pending = Waiting
mailbox-status-sending = Sending
mailbox-status-sent = Sent
mailbox-status-failed = Failed
mailbox-language = Language
mailbox-sent-at = Sent at
mailbox-next-attempt = Next attempt
mailbox-transport = Delivered by
mailbox-message-id = Message-ID
mailbox-last-error = Last error
mailbox-text = Text
mailbox-html = HTML version (source)
mailbox-back = Back to the mailbox

## Access links by email
mail-link-portal = { $portal ->
    [supplier] supplier portal
    [subcontractor] subcontractor portal
   *[customer] customer portal
    }
mail-link-subject = Your access to the { $portal }
mail-link-subject-object = { $number }: your access
mail-link-intro = You have been given access to our { $portal }. The link below opens it; no account or password is needed.
mail-link-intro-object = You have been given access to { $number }. The link below opens it; no account or password is needed.
mail-link-requested-date = Requested delivery date: { $date }.
mail-link-valid-until = The link works until { $at }. When it expires you can ask for a fresh one on the page it opens.
mail-link-code-note = When you open it for the first time, we will send you a one-time code in a separate email.
mail-link-keep-private = The link is personal: do not forward it.
mail-link-open = Open
mail-code-subject = Your code: { $code }
mail-code-body = Your one-time code is { $code }. Enter it on the page that asked for it. It is valid for 10 minutes.
mail-code-not-you = If you did not open a link from us just now, ignore this email.

## The buyer's decision on a proposed delivery date (browser developer)
mail-date-accepted-subject = { $number }: delivery date confirmed
mail-date-accepted-body = The buyer accepted your proposed delivery date for { $number }. The confirmed delivery date is now { $date }.
mail-date-rejected-subject = { $number }: proposed delivery date not accepted
mail-date-rejected-body = The buyer did not accept the delivery date you proposed for { $number } ({ $proposed }).
mail-date-rejected-reason = The buyer's reason: { $reason }
mail-date-still-in-force = The confirmed delivery date remains { $date }.
mail-date-none-in-force = No delivery date is confirmed yet: please confirm the requested date or propose another one.
mail-date-reopen = To see the order, open the link you received with it. For your security this email does not contain that link; the address below opens the order in a browser where you have already opened your link.
mail-date-open = Open the order
## Browser journey (the e2e developer): what a complaint's link email is about
mail-link-complaint = This is a complaint about your delivery { $delivery }. Open it to see the claimed lines, answer each of them and write to us.

## Contacts of customer organisations (issue #6): activation, sign-in links, password reset, contact change requests
mail-contact-hello = Hello { $name },
mail-contact-keep-private = The link is personal: do not forward it.
mail-contact-welcome-subject = Your access to the Tessera portal for { $organisation }
mail-contact-welcome-intro = You have been given an account on the Tessera portal for { $organisation }.
mail-contact-welcome-roles = Your roles: { $roles }.
mail-contact-welcome-activate = To start, activate your account and choose your password with the link below. It works once, until { $at }.
mail-contact-welcome-not-expected = If you did not expect this email, ignore it: the account stays inactive until it is activated with this link.
mail-contact-welcome-action = Activate your account and choose a password
mail-contact-sign-in-subject = Your sign-in link for Tessera
mail-contact-sign-in-body = You asked for a link to sign in to the Tessera portal without your password. The link below signs you in. It works once, until { $at }.
mail-contact-sign-in-not-you = If you did not ask for it, ignore this email: nobody can sign in without the link, and your password stays as it is.
mail-contact-sign-in-action = Sign in
mail-contact-reset-subject = Choose a new password for Tessera
mail-contact-reset-body = You asked to choose a new password for the Tessera portal. The link below opens the page where you choose it. It works once, until { $at }.
mail-contact-reset-not-you = If you did not ask for it, ignore this email. Your current password stays valid until you choose a new one.
mail-contact-reset-action = Choose a new password
mail-contact-request-item = – { $line }
mail-contact-request-quote = > { $line }
mail-contact-request-open = View the request
mail-contact-request-received-subject = Contact change request #{ $number } received
mail-contact-request-received-body = We have received your contact change request #{ $number } for { $organisation }. We will review it and write to you when it has been decided.
mail-contact-request-received-changes = Requested changes:
mail-contact-request-question-subject = New message about your contact change request #{ $number }
mail-contact-request-question-body = { $author } wrote about your contact change request #{ $number }:
mail-contact-request-question-reply = Please reply in the portal, on the request's page: answers to this email are not read.
mail-contact-request-question-action = Reply in the portal
mail-contact-request-approved-subject = Contact change request #{ $number } approved
mail-contact-request-approved-body = Your contact change request #{ $number } for { $organisation } has been approved and the changes have been made.
mail-contact-request-approved-welcome = Each new contact receives a welcome email with a link to activate their account.
mail-contact-request-rejected-subject = Contact change request #{ $number } rejected
mail-contact-request-rejected-body = Your contact change request #{ $number } for { $organisation } has been rejected; nothing has been changed.
mail-contact-request-rejected-reason = The reason given:
mail-contact-request-rejected-again = If changes are still needed, you can file a new request in the portal.

## Service for customers (issue #9): the emails to the person who reported a service request
mail-service-subject = { $reference }: { $status }
mail-service-received = We have received your service request { $reference } for { $site }. Quote this reference when you contact us; we will write to you at each step.
mail-service-question = We have a question about your service request { $reference } ({ $site }):
mail-service-answer-how = Please answer it on the page of the request, where you can also add photos and files.
mail-service-accepted = Your service request { $reference } ({ $site }) has been accepted. We will plan the work and tell you when.
mail-service-rejected = We cannot take on your service request { $reference } ({ $site }). The reason:
mail-service-planned = Work is planned for your service request { $reference } ({ $site }):
mail-service-step = Your service request { $reference } ({ $site }) has moved on: { $status }.
mail-service-closed = Your service request { $reference } ({ $site }) is done. What we did:
mail-service-action = See the request
mail-service-unsubscribe = You receive these emails because you reported this request. To stop the emails about it, open { $url }
