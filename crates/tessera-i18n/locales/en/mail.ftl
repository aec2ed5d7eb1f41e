## Emails
