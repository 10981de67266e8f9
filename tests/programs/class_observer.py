# Observer pattern from the seed tutorial.
class Observable:
    def __init__(self):
        self._observers = []
    def attach(self, observer):
        self._observers.append(observer)
    def detach(self, observer):
        self._observers.remove(observer)
    def notify(self, event):
        for observer in self._observers:
            observer.update(event)
class EmailNotifier:
    def update(self, event):
        print(f"Email: {event}")
class LogNotifier:
    def __init__(self):
        self.log = []
    def update(self, event):
        self.log.append(event)
        print(f"Log: {event}")
subject = Observable()
email = EmailNotifier()
log = LogNotifier()
subject.attach(email)
subject.attach(log)
subject.notify("User registered")
subject.detach(email)
subject.notify("User deleted")
print(log.log)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for i in range(3):
    s.push(i * i)
print(s, len(s), s.pop(), s)
s.pop(); s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
