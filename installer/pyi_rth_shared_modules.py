# PyInstaller run-time hook of both programs (perut.spec): import the Python modules from the
# one archive the two share, _internal/perut_modules.pyz, instead of each executable's own.
#
# PyInstaller embeds an archive of modules in every executable; two programs with the same
# modules would carry them twice. perut.spec gives each executable an archive holding only
# what PyInstaller's start-up imports before this hook (ctypes), and the shared archive holds
# every module of both programs. This hook runs first of all run-time hooks: it points
# PyInstaller's importer at the shared archive and drops the path finders made for the
# executable's own, so every later import reads the shared one.


def _use_shared_archive():
    import os
    import sys

    import pyimod01_archive
    import pyimod02_importers

    pyimod02_importers.pyz_archive = pyimod01_archive.ZlibArchiveReader(
        os.path.join(sys._MEIPASS, "perut_modules.pyz"), check_pymagic=True)
    pyimod02_importers._pyz_tree = None
    for path, finder in list(sys.path_importer_cache.items()):
        if isinstance(finder, pyimod02_importers.PyiFrozenFinder):
            del sys.path_importer_cache[path]


_use_shared_archive()
del _use_shared_archive
