import threading

from workbench.search.lru import LRUCache


def test_the_least_recently_used_entry_goes_first():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1            # "b" is now the oldest
    cache.put("c", 3)
    assert "b" not in cache and cache.get("a") == 1 and cache.get("c") == 3
    assert len(cache) == 2 and cache.size == 2


def test_the_budget_counts_what_the_cost_function_says():
    cache = LRUCache(10, cost=len)
    cache.put("short", "abcd")
    cache.put("long", "abcdef")
    assert cache.size == 10 and len(cache) == 2
    cache.put("one more", "x")
    assert "short" not in cache and cache.size == 7


def test_a_cost_given_to_put_overrides_the_cost_function():
    cache = LRUCache(5, cost=len)
    cache.put("a", "xyz", cost=1)
    cache.put("b", "xyz", cost=1)
    assert cache.size == 2 and len(cache) == 2


def test_an_entry_over_the_budget_is_kept_alone():
    cache = LRUCache(3, cost=len)
    cache.put("small", "ab")
    cache.put("big", "abcdefgh")
    assert "small" not in cache and cache.get("big") == "abcdefgh" and cache.size == 8


def test_put_replaces_an_entry_and_its_cost():
    cache = LRUCache(10, cost=len)
    cache.put("a", "abcdef")
    cache.put("a", "ab")
    assert cache.get("a") == "ab" and cache.size == 2 and len(cache) == 1


def test_pop_and_clear_give_the_budget_back():
    cache = LRUCache(10, cost=len)
    cache.put("a", "abc")
    cache.put("b", "de")
    assert cache.pop("a") == "abc" and cache.pop("a", "gone") == "gone"
    assert cache.size == 2
    cache.clear()
    assert len(cache) == 0 and cache.size == 0 and cache.get("b") is None


def test_threads_putting_and_popping_keep_the_size_right():
    cache = LRUCache(50, cost=len)

    def churn(offset):
        for n in range(2000):
            key = (offset + n) % 80
            cache.put(key, "x" * (key % 5 + 1))
            if n % 3 == 0:
                cache.pop((key + 7) % 80)
            cache.get((key + 13) % 80)

    threads = [threading.Thread(target=churn, args=(k * 11,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.size == sum(len(cache.get(k)) for k in range(80) if k in cache) <= 50
