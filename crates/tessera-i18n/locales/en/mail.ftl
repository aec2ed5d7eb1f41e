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
