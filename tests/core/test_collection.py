"""The garbage-collection pause of big builds (``core.collection``) nests and restores the
collector, and freezes what exists only when a pause asks for it."""

from __future__ import annotations

import gc
import threading

from wirediff.core.collection import collection_paused


def test_pauses_nest_and_the_last_one_out_turns_collection_back_on() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.unfreeze()


def test_a_pause_ending_in_an_error_still_turns_collection_back_on() -> None:
    try:
        with collection_paused():
            raise ValueError("the build failed")
    except ValueError:
        pass
    assert gc.isenabled()
    gc.unfreeze()


def test_overlapping_pauses_in_two_threads() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collection_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with collection_paused():
        pass
    assert not gc.isenabled()  # the other thread's pause is still on
    leave.set()
    thread.join()
    assert gc.isenabled()
    gc.unfreeze()


def test_a_collector_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_freezing_is_asked_for_by_a_pause() -> None:
    gc.unfreeze()
    with collection_paused():
        kept = [[] for _ in range(100)]
    assert gc.get_freeze_count() == 0  # the Dask workers' pauses: nothing frozen
    with collection_paused(), collection_paused(freeze=True):
        pass
    assert gc.get_freeze_count() > 0  # the GUI's: what exists is left out of collections
    assert gc.isenabled()
    gc.unfreeze()
    del kept
