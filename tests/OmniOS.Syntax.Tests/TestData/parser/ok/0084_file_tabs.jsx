function f() {
	if (x) {
		return (
			<div>
				<b>	tabbed	</b>
			</div>
		);
	}
}
