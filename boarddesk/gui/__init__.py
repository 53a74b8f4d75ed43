"""The Qt interface: a thin layer over the services."""
