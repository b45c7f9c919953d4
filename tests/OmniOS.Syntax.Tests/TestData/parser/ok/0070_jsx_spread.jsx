const a = <Button {...props} />;
const b = <Button type="submit" {...rest} disabled {...{ id: 1 }} />;
const c = <List>{...items}</List>;
