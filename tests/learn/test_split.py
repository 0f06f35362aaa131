from communique.learn.split import folds, half, split_halves


def test_half_is_fixed_and_balanced():
    ids = [f"item-{i}" for i in range(2000)]
    halves = split_halves(ids, key=str)
    assert half("item-1") == half("item-1")
    assert set(halves) == {"working", "checking"}
    assert 900 < len(halves["working"]) < 1100
    assert not set(halves["working"]) & set(halves["checking"])


def test_folds_partition_the_items():
    ids = [f"s{i}" for i in range(500)]
    seen = []
    for train, test in folds(ids, key=str, k=5):
        assert not set(train) & set(test)
        assert len(train) + len(test) == len(ids)
        seen += test
    assert sorted(seen) == sorted(ids)
