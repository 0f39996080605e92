from wirediff.cli import main

raise SystemExit(main())
