# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs unittest test cases and reports them in TAP, for `meson test`."""

import sys
import traceback
import unittest


class _TapResult(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.number = 0

    def _report(self, test, ok, detail=None, directive=''):
        self.number += 1
        name = test.id().split('.', 1)[-1]
        print(f'{"ok" if ok else "not ok"} {self.number} - {name}{directive}')
        if detail:
            for line in detail.rstrip().splitlines():
                print(f'# {line}')
        sys.stdout.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, True)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, False, ''.join(traceback.format_exception(*err)))

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, False, ''.join(traceback.format_exception(*err)))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, True, directive=f' # SKIP {reason}')


def main(module='__main__'):
    """Runs every test of `module`; exits non-zero if one failed."""
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[module])
    print(f'1..{suite.countTestCases()}')
    sys.stdout.flush()
    result = _TapResult()
    suite.run(result)
    sys.exit(0 if result.wasSuccessful() else 1)
