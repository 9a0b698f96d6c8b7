"""scaretry: card payments with 3-D Secure across Antom, Checkout.com, Payments AI and PXP."""
