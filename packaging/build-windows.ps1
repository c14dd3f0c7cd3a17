# Build the Windows bundle and installer. NOT TESTED HERE (no Windows machine); see README.md.
# Needs: Python 3.11+ on PATH (py launcher), Inno Setup 6 (iscc.exe) on PATH for the installer.
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
$ErrorActionPreference = "Stop"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Root = Split-Path -Parent $Here
$Venv = Join-Path $Here "build\venv"
$Dist = Join-Path $Here "dist"

if (-not (Test-Path "$Venv\Scripts\python.exe")) { py -3 -m venv $Venv }
$env:PATH = "$Venv\Scripts;$env:PATH"   # the build hook runs pyside6-lrelease from here
& "$Venv\Scripts\python.exe" -m pip install -q "hatchling>=1.25" "PySide6-Essentials>=6.7" "pyinstaller>=6.10,<7"
& "$Venv\Scripts\python.exe" -m pip install -q --no-build-isolation $Root
& "$Venv\Scripts\python.exe" -m pip install -q --no-build-isolation --no-deps --force-reinstall $Root

Push-Location $Here
& "$Venv\Scripts\pyinstaller.exe" --noconfirm --distpath $Dist --workpath "$Here\build\work" annotator-desktop.spec
Pop-Location

# Smoke run with the console twin, offscreen, in a throwaway data folder.
$env:QT_QPA_PLATFORM = "offscreen"
$env:ANNOTATOR_DESKTOP_HOME = Join-Path $env:TEMP "annotator-desktop-smoke"
& "$Dist\annotator-desktop\annotator-desktop-cli.exe" --smoke
if ($LASTEXITCODE -ne 0) { throw "smoke run failed" }
Remove-Item Env:QT_QPA_PLATFORM, Env:ANNOTATOR_DESKTOP_HOME

$Version = & "$Venv\Scripts\python.exe" -c "import annotator_desktop; print(annotator_desktop.__version__)"
iscc "/DAppVersion=$Version" "$Here\windows\annotator-desktop.iss"
