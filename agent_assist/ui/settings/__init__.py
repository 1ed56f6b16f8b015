"""Settings dialogs, one module per area (SLA and business hours in ``sla``)."""
