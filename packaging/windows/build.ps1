# Build the Windows installer: PyInstaller bundle, smoke test of the frozen app, Inno Setup.
#
#   pwsh packaging\windows\build.ps1 [-Python py]
#
# Output: dist\agent-assist-<version>-windows-x64-setup.exe. Needs Python 3.11 and Inno Setup 6
# (installed with Chocolatey when ISCC.exe is missing and choco exists, as on CI runners).
param(
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

# The version lives in one place: agent_assist\__init__.py.
$Version = (Select-String -Path "agent_assist\__init__.py" -Pattern '^__version__ = "(.+)"$').Matches[0].Groups[1].Value
if (-not $Version) { throw "Cannot read __version__ from agent_assist\__init__.py." }

# -- virtual environment with the app and PyInstaller -------------------------------------------
$Py = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Py)) { Invoke-Checked "Creating .venv" { & $Python -m venv .venv } }
Invoke-Checked "pip install" { & $Py -m pip install -q --upgrade pip }
Invoke-Checked "pip install" { & $Py -m pip install -q -e . "pyinstaller>=6.10,<7" }

# Translations are build products: compile every .ts there is.
$Lrelease = Join-Path $Root ".venv\Scripts\pyside6-lrelease.exe"
foreach ($Ts in @(Get-ChildItem -Path "resources\i18n\*.ts" -ErrorAction SilentlyContinue)) {
    $TsPath = $Ts.FullName
    $QmPath = [IO.Path]::ChangeExtension($TsPath, ".qm")
    Invoke-Checked "lrelease $($Ts.Name)" { & $Lrelease -silent $TsPath -qm $QmPath }
}

# -- freeze -----------------------------------------------------------------------------------------
$Started = Get-Date
Invoke-Checked "PyInstaller" {
    & (Join-Path $Root ".venv\Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller packaging\agent-assist.spec
}
$Bundle = Join-Path $Root "dist\agent-assist"
$BundleMB = [math]::Round(((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 1)
Write-Host "Bundle: $Bundle ($BundleMB MB, $([int]((Get-Date) - $Started).TotalSeconds) s)"

# -- smoke test of the frozen app (console executable), headless -----------------------------------
$Exe = Join-Path $Bundle "agent-assist.exe"
foreach ($Name in @("agent-assist.exe", "agent-assist-gui.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $Name))) { throw "The bundle lacks $Name." }
}
$env:QT_QPA_PLATFORM = "offscreen"
Remove-Item Env:PYTHON_KEYRING_BACKEND -ErrorAction SilentlyContinue
$Work = Join-Path ([IO.Path]::GetTempPath()) ("agent-assist-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Work | Out-Null
try {
    $Reported = (& $Exe --version | Out-String).Trim()
    if ($Reported -ne "agent-assist $Version") { throw "Expected 'agent-assist $Version', got '$Reported'." }
    Invoke-Checked "self-test" { & $Exe self-test }
    Invoke-Checked "demo" { & $Exe demo --profile "$Work\profile" }
    Invoke-Checked "screenshot" { & $Exe screenshot --profile "$Work\profile" "$Work\shot.png" }
    $Shot = Get-Item "$Work\shot.png"
    if ($Shot.Length -lt 10000) { throw "The screenshot is suspiciously small ($($Shot.Length) bytes)." }
    Write-Host "Smoke test passed: screenshot $($Shot.Length) bytes."
} finally {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

# -- installer ----------------------------------------------------------------------------------------
# Inno Setup 6.3 or later (the script uses the x64compatible architecture name).
function Get-FileVersion([string]$Path) {
    try { return [version]((Get-Item $Path).VersionInfo.ProductVersion -replace '[^0-9.].*$', '') }
    catch { return [version]"0.0" }
}
function Find-Iscc {
    $Candidates = @((Get-Command iscc.exe -ErrorAction SilentlyContinue).Source)
    foreach ($Base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if ($Base) { $Candidates += @(Get-ChildItem -Path (Join-Path $Base "Inno Setup *\ISCC.exe") -ErrorAction SilentlyContinue | ForEach-Object FullName) }
    }
    $Usable = $Candidates | Where-Object { $_ -and (Test-Path $_) } |
        Where-Object { (Get-FileVersion $_) -ge [version]"6.3" }
    return ($Usable | Select-Object -First 1)
}
$Iscc = Find-Iscc
if (-not $Iscc) {
    if (-not (Get-Command choco -ErrorAction SilentlyContinue)) {
        throw "Inno Setup 6.3 or later is not installed: get it from https://jrsoftware.org/isdl.php and run again."
    }
    Invoke-Checked "choco install innosetup" { choco upgrade innosetup -y --no-progress }
    $Iscc = Find-Iscc
    if (-not $Iscc) { throw "Inno Setup was installed but ISCC.exe cannot be found." }
}
Invoke-Checked "Inno Setup" {
    & $Iscc /Qp "/DAppVersion=$Version" "/DSourceDir=$Bundle" "/DOutputDir=$(Join-Path $Root 'dist')" `
        packaging\windows\agent-assist.iss
}
$Setup = Join-Path $Root "dist\agent-assist-$Version-windows-x64-setup.exe"
if (-not (Test-Path $Setup)) { throw "Inno Setup did not produce $Setup." }
Write-Host "Built $Setup ($([math]::Round((Get-Item $Setup).Length / 1MB, 1)) MB)"
