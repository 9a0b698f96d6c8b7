"""Published test keys of the scaretry sandbox's Antom emulator: never use them outside the sandbox.

They are public on purpose (they are in the source), fixed so that recorded cassettes can be
re-verified offline later, and RSA-2048 like Antom's keys:

- ``SANDBOX_PRIVATE_KEY_PEM`` / ``SANDBOX_PUBLIC_KEY_PEM``: the key the sandbox signs its responses
  and notifications with, standing for "Antom's public key" (also served at
  ``GET /antom/_pages/public-key``);
- ``MERCHANT_TEST_PRIVATE_KEY_PEM`` / ``MERCHANT_TEST_PUBLIC_KEY_PEM``: a merchant key pair whose
  public half the sandbox has registered for ``ANTOM["client_id"]`` (another merchant key can be
  registered with ``PUT /antom/_pages/clients/{clientId}``).

Published test key, never use outside the sandbox.
"""

from __future__ import annotations

__all__ = [
    "MERCHANT_TEST_PRIVATE_KEY_PEM",
    "MERCHANT_TEST_PUBLIC_KEY_PEM",
    "SANDBOX_PRIVATE_KEY_PEM",
    "SANDBOX_PUBLIC_KEY_PEM",
]

# Published test key, never use outside the sandbox.
SANDBOX_PRIVATE_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIIEuwIBADANBgkqhkiG9w0BAQEFAASCBKUwggShAgEAAoIBAQCUDL9YgRjn7DG9
P5c3zezF5VnQ70DWnfrkjL/deH1d+du2hC60u/RjVjcNPlREAPuX2VLNhizQ/+Fp
TQZ2W0K2kXJVklyGCtbM0c9QMGxdHkIlOeDu5dcX1XK7WvmJ63ybWeG5f6+Qsap2
muxfctTThRy3y0Lqmcpx+pb2UPJEsZ86xEwk8ge9MPCvAtE2MndsiDv9ziRbfHOK
AqlqESvctcIaTkrXffsrjkMlaY4CbQY0qv0FwK8X1UJ8BDNFj0OVE7gfNkFJ+Guz
rjLLcCp3td8LPNV5CTAD8Jmr2+yknNKuWGT2si75ZOb1a4gye6uz4RdICV5L8HK+
FOoWRPH3AgMBAAECgf9BiriAdfvmBf//HX0p4gBFm+4nO8QjPyJ+C9GPj8fwfVdy
IGfiRf3rUZUNnTUGO2kmew+Cl+Pp+Ah9QEbxdCAUsvnq6DYNzBP2mOvZPuwPoqr7
JU8ZyVFv5mQ54rdBAlTScaLR0bU9BBUdwiLiyUjEW38F3vZrkFS6IOC0KyHAnDVS
fUZzDWZhCbEEEa4rKbzxwr3RT5GmizEKaND3Z8BJ8ss6nfjbZKqnyMt+6zGAx7r5
w5wbjYGTis11QhIBYY3CxgT9Fibn33JWTEiQl9msZtN6KUjHwM4Cxhjbw+N0gseD
+gCfKG52Ce1/FF6g68KSiI7j2h2g9/2C5Ah7wEECgYEAy+9zu7z8LjbszsQNeHuO
1kmedyFeZHTkIRe7OWed4xVmRdBqwp8O84l27Senx8yi6X/PZ5zxArLgHpEktlH9
bw8ziRJQGBFENtRPJMbr+jSqabRODOlG9o23CrsAbgHEzY7IXANddrI3YtmM+/tr
5BDWplRPKZspiJ3/Q9SHPUkCgYEAudjMM+6/+m6wZY+j9k9ShcmxQUvA8m9gNUR/
enRlncyBvuZTRCNHcnDiXaQNBIEksNWfiCVuqdgMYOe5ZoVfoD/dqxHuIDQhVwib
ZOpxLideqNAvUntYPoM5UIZANRppj5rX5ng9QiyD+p4cl2pbs7LxTJt1rNP5eBmT
qq6m9T8CgYA8jgmLgX5QKrb+XnCxid7L+mg3b40bvynOOcG6Ne5H856+tDg/OgOy
hOrvWIsVZMorE2x+k7ds2bh62xZPnODoDVd8KBfoTZg3v6sQfJCtZt4DLSrP4qTT
qRjk8soZ4CST9QXBbK5gBGM10utuFyXePrG+CeLHs+8NRfz6Iy1VIQKBgQCzObJk
euDFQK34o7e5t/GbeFDq6YVfx6z+cdqGW24L6cdONI0kbuleIiMLr0Omjmy15K3+
/CpmvSXi5lXT2tfHkQ/TBG2ivONSLci+X6FaozkUkACzCKSnVKGXWIDfNWOLzAZe
CqL5CDkXHhfwpe9dszolaN7pF1vESNYxilEUvQKBgGh8D7/QLzEPDRuee3tbNINI
/PqkHhhR6k1W0peYwtx3EoF69PhAwG5Ad9z5Z5f2jnFLHPQqH/x8PFubrt34CrjN
0dL0LFepF1Qt0xYSd740ErDoztzNIqSwh76kdlZl581IuLn8/zQIwWJKclxj68hJ
2QooW2bUgDBUxEmI1lWd
-----END PRIVATE KEY-----
"""

# Published test key, never use outside the sandbox.
SANDBOX_PUBLIC_KEY_PEM = """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlAy/WIEY5+wxvT+XN83s
xeVZ0O9A1p365Iy/3Xh9XfnbtoQutLv0Y1Y3DT5URAD7l9lSzYYs0P/haU0GdltC
tpFyVZJchgrWzNHPUDBsXR5CJTng7uXXF9Vyu1r5iet8m1nhuX+vkLGqdprsX3LU
04Uct8tC6pnKcfqW9lDyRLGfOsRMJPIHvTDwrwLRNjJ3bIg7/c4kW3xzigKpahEr
3LXCGk5K1337K45DJWmOAm0GNKr9BcCvF9VCfAQzRY9DlRO4HzZBSfhrs64yy3Aq
d7XfCzzVeQkwA/CZq9vspJzSrlhk9rIu+WTm9WuIMnurs+EXSAleS/ByvhTqFkTx
9wIDAQAB
-----END PUBLIC KEY-----
"""

# Published test key, never use outside the sandbox.
MERCHANT_TEST_PRIVATE_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDEaeJzK0r+OHQQ
53/exZGj8n5mKgt4POFfuoEMk62ruq1VAf9HnK/Qs92CUil4pTPKPnk8UZZoaayp
T/BRae5QMoqeUnJFu0zFqm2iW59F0L2KyO6HOCyrSqcXlp2ik7H0T7kKY19xil4V
4vXq1aiO0irGtIUwRgnyfLzV+6r3PKLf0vX1pXqpznylmJl74cXdHEt+eKYDG4Zo
CbIdwoMJCZkN0bBkqV1iie3uC8my+acOC8UIu/32Ls6Za0UXGoJO93zbetBdnbhT
pY7CLd1hoN2yy4sn4RmYvXrvh98Bj160v2KXPrNMqTznSmh4JzAHzYQNa8TOyppZ
bF3ucS1pAgMBAAECggEAC1VGvTl6xsdwHweUj8CbojecRn3XkpUEthbXWmftBfMs
DDMkzTeDx4mRVvMxtGXn4pwPN8VHZffvAAf+SFxR5Wu9Jtx//nkLuX4XfF5IBum/
/hGQ/dlmbm3MzWYh618VThEJjslkGPOQcTfa07WHV9JVqIiDBOGNsmGzLa+rUj+i
AoSEzxJfAfcZe8tlzowtQKextbFCvtcTF4sHLUysLI4ZghWaEE+NUuPVd2WGGOAy
Hwvu4bL+8DLc9B6fj2xKqiEVqyKFMUZvjerXL4R23KK0JtaZVY+C1jSs6eruBTuh
kwUfUz51LtTu0PR7XuRA7yrkPlVI4Cx0CaB65U9RdwKBgQDuz97efSlHQAdyx5Mu
FSmYTsgEC4V4WIe5R9M1uPDl0HGTgWm6Z/rf2NKn1vgB2CbcEcxi/Tf1Z8JvlyGx
ebjzd4/Di1CDqu/voDiFmS89SsA9aNTA5pKbylsAiSO7KljplKM2QRiU1kE6rIRi
0kxEJmySXBaf6fKyQW6men1rIwKBgQDSjNINI/xhsiOvzWAgxJV2YGZUa7340joJ
zyLoAvAL0v6Uck0TIw78GnGN+EZ8pisa65cXMiVQij1PioZBdcmr7E6Wd7jQymX3
y3dAT00ychiXyjwZ5BjQWWbWKIaaO8SRlQuHq5CLknWSd7/OPuDKALwSV37U+rAE
qCccxvgkAwKBgGV9mi3b60sIfyHch0QyYjcEZCSz8Mkwdp3bVHukWVyRtXMGsLQz
tH6lWwFRbpz6C6nDNqVrD/kPW6apB/ywylVOHp7v+gu6/bVM1jiQ3W6i8ggnISPJ
2cyztvEHV1QXrym1rZdFGvlGBPq2jpyg2yCrY8Dfug3EEwyGmkvOCrcZAoGBAMKv
kZ6y8rCHXrY1Sjiiba2Kz7Qp9/w2r5HYZWdxJ/NXAy3STvBuD3IPJYbn1o11vQ/k
Xc4GATjqymxdI20t8++zzqsVQuBU9lpdWgQuD6ygkZrxVgd+wW8N66gEywmcUFNp
JMMrYbmdEHgBoGqd+47thPnUy6M1tkJoFdpnJJVvAoGBAIozGBT8uDTGXkSrP+6Z
uXpOejdbvjqTrPZfDTHLbm0VaF6XirQIXHR8SwxPCUJptFrBboySf9V23SmaHX0Z
cPBq7n8W1Gy5mah8Y9ziYVycAgaHsFHyIgdl3UAE9IEDtJ8IjDOvLj+TKkonc2d3
h9cIN7A7fBODMIfHhxqNOOyV
-----END PRIVATE KEY-----
"""

# Published test key, never use outside the sandbox.
MERCHANT_TEST_PUBLIC_KEY_PEM = """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxGnicytK/jh0EOd/3sWR
o/J+ZioLeDzhX7qBDJOtq7qtVQH/R5yv0LPdglIpeKUzyj55PFGWaGmsqU/wUWnu
UDKKnlJyRbtMxaptolufRdC9isjuhzgsq0qnF5adopOx9E+5CmNfcYpeFeL16tWo
jtIqxrSFMEYJ8ny81fuq9zyi39L19aV6qc58pZiZe+HF3RxLfnimAxuGaAmyHcKD
CQmZDdGwZKldYont7gvJsvmnDgvFCLv99i7OmWtFFxqCTvd823rQXZ24U6WOwi3d
YaDdssuLJ+EZmL1674ffAY9etL9ilz6zTKk850poeCcwB82EDWvEzsqaWWxd7nEt
aQIDAQAB
-----END PUBLIC KEY-----
"""
