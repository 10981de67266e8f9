class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d (balance %d)" % (account.name, amount, account.balance))
        self.account = account
        self.amount = amount
class FrozenAccount(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, name, balance=0):
        self.name = name
        self.balance = balance
        self.history = []
        self.frozen = False
        self.id = Account._next_id
        Account._next_id += 1
    def _check(self):
        if self.frozen:
            raise FrozenAccount(self.name)
    def deposit(self, amt):
        self._check()
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        self._check()
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return "Account(%r, %d)" % (self.name, self.balance)
    def __lt__(self, other):
        return self.balance < other.balance
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = int(self.balance * self.rate)
        return self.deposit(interest) if interest else self
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise LookupError("savings withdrawal limit")
        return super().withdraw(amt)
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, name, bal=0):
        acct = cls(name, bal)
        self.accounts[name] = acct
        return acct
    def transfer(self, src, dst, amt):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amt)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        else:
            b.deposit(amt)
            return True
        finally:
            print("transfer attempt", src, "->", dst, amt)
    def __iter__(self):
        return iter(sorted(self.accounts.values()))
    def __len__(self):
        return len(self.accounts)
    def __contains__(self, name):
        return name in self.accounts
bank = Bank()
bank.open(Account, "alice", 100)
bank.open(Savings, "bob", 1000)
bank.open(Account, "carol")
print(bank.transfer("alice", "carol", 30))
print(bank.transfer("alice", "carol", 300))
print(bank.transfer("bob", "alice", 10), bank.transfer("bob", "alice", 10))
try:
    bank.transfer("bob", "alice", 10)
except LookupError as e:
    print("LookupError:", e)
bank.accounts["bob"].add_interest().add_interest()
print(list(bank), len(bank), "bob" in bank, "dave" in bank)
bank.accounts["carol"].frozen = True
for op in [lambda: bank.accounts["carol"].deposit(5), lambda: bank.accounts["alice"].deposit(-5), lambda: bank.transfer("x", "y", 1)]:
    try:
        op()
    except (FrozenAccount, ValueError) as e:
        print(type(e).__name__, e)
    except LookupError as e:
        print("lookup", repr(e))
print([(a.name, a.id, a.history) for a in bank])
print(max(bank).name, min(bank).name, sum(a.balance for a in bank))
