from boarddesk.cli import main

raise SystemExit(main())
